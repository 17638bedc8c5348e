#!/usr/bin/env bash
# End-to-end test of `make install` / `make uninstall`: installs into a temp prefix, hides the
# checkout's templates (so the binary cannot fall back on the path compiled into it), and uses
# the installed binary, man page and completions as a user would. Run from the package root
# (.ci/run does, after `swift test`). Prints one line per check and a closing
# "install: N passed, N failed" line; exits 1 if any check failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
tmp=$(mktemp -d)
prefix="$tmp/prefix"
passed=0; failed=0
check() { # check NAME COMMAND...
  local name=$1; shift
  if "$@" >"$tmp/out" 2>&1; then passed=$((passed + 1)); echo "ok   $name"
  else failed=$((failed + 1)); echo "FAIL $name"; sed 's/^/     /' "$tmp/out" | head -20; fi
}
restore() { [ -d "$root/templates.install-test" ] && mv "$root/templates.install-test" "$root/templates"; rm -rf "$tmp"; }
trap restore EXIT

if ! make install PREFIX="$prefix" >"$tmp/make.log" 2>&1; then
  echo "FAIL make install"; tail -30 "$tmp/make.log"; echo "install: 0 passed, 1 failed"; exit 1
fi
echo "ok   make install PREFIX=$prefix"; passed=$((passed + 1))

mv "$root/templates" "$root/templates.install-test"
mkdir -p "$tmp/elsewhere"; cd "$tmp/elsewhere"
env -u MLSD_TEMPLATES_DIR HOME="$tmp/home" PATH="$prefix/bin:$PATH" mlsd problems >"$tmp/problems" 2>&1
check "installed mlsd lists the 15 problems from share/mlsd/templates" \
  bash -c "[ \$(wc -l < '$tmp/problems') -eq 15 ] && grep -q '^fraud-detection ' '$tmp/problems' || cat '$tmp/problems'; [ \$(wc -l < '$tmp/problems') -eq 15 ]"
check "installed mlsd --version matches MLSD.version" \
  bash -c "[ \"\$('$prefix/bin/mlsd' --version)\" = \"\$(make -s -C '$root' version)\" ]"
check "man mlsd renders from share/man" \
  bash -c "MANPATH='$prefix/share/man' MANWIDTH=80 man mlsd 2>/dev/null | grep -q 'terminal whiteboard'"
check "bash completion offers problem ids for --problem" \
  bash -c "PATH='$prefix/bin':\$PATH; source '$prefix/share/bash-completion/completions/mlsd'; COMP_LINE='mlsd new --problem fr'; COMP_POINT=\${#COMP_LINE}; COMP_WORDS=(mlsd new --problem fr); COMP_CWORD=3; _mlsd mlsd fr --problem; [ \"\${COMPREPLY[*]}\" = fraud-detection ]"
check "zsh and fish completion scripts installed" \
  test -s "$prefix/share/zsh/site-functions/_mlsd" -a -s "$prefix/share/fish/vendor_completions.d/mlsd.fish"
cd "$root"; mv "$root/templates.install-test" "$root/templates"

make uninstall PREFIX="$prefix" >"$tmp/uninstall.log" 2>&1
check "make uninstall leaves no file behind" bash -c "[ -z \"\$(find '$prefix' -type f)\" ] || find '$prefix' -type f"

echo "install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
