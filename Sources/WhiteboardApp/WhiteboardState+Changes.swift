import Foundation
import Rubric
import WhiteboardCore

/// The changes every path of the reducer shares, written once: changing step, marking an
/// edit, moving the running seconds into the record, and scoring.
extension WhiteboardState {
    /// Shows another step: the seconds so far go to the step being left, the rubric pane goes
    /// back to its top. Returns the save to run when there are unsaved changes (the step change
    /// autosaves), or nothing when `target` is already shown.
    mutating func changeStep(to target: StepID) -> [Effect] {
        guard target != view.step else { return [] }
        flushTime()
        view.step = target
        view.rubricScroll = 0
        view.rubricSelection = 0
        return model.dirty ? [.save] : []
    }

    /// Records an edit made at `now`: unsaved (since now, if it was saved) and due for a
    /// rescore. `text` names the step whose text changed (nil for the canvas): its analysis is
    /// redone at the next score, the session reopens at it, and the rescore waits for the text
    /// to be still.
    mutating func markEdited(now: Date, text step: StepID? = nil) {
        if let step {
            model.openedTexts[step] = nil
            model.record.currentStep = step
            clock.lastEditAt = now
            score.analyses.stale.insert(step)
        }
        model.record.updatedAt = now
        if !model.dirty { model.dirtySince = now }
        model.dirty = true
        score.due = true
    }

    /// Moves the running seconds of the current step into the record.
    mutating func flushTime() {
        let whole = Int(clock.pendingSeconds.rounded())
        if whole > 0 { model.record.steps[view.step, default: StepEntry()].secondsSpent += whole }
        clock.pendingSeconds = 0
    }

    /// Adds the whole seconds of the running time to the current step, keeping the fraction.
    mutating func addWholeSeconds() {
        guard clock.pendingSeconds >= 1 else { return }
        let whole = Int(clock.pendingSeconds)
        model.record.steps[view.step, default: StepEntry()].secondsSpent += whole
        clock.pendingSeconds -= Double(whole)
    }

    /// Sets the current step's time to zero.
    mutating func resetStepTime() {
        clock.pendingSeconds = 0
        model.record.steps[view.step, default: StepEntry()].secondsSpent = 0
    }

    /// Scores the model now: compiles the rubric the first time, re-analyses only the steps
    /// edited since their last analysis, combines the analyses with the canvas, and finds
    /// where the quoted sentences stand in the answer.
    public mutating func score(catalogue: TradeoffCatalogue, now: Date) {
        if score.analyses.rubric == nil, let t = model.template {
            score.analyses.rubric = CompiledRubric(template: t, catalogue: catalogue)
        }
        if let rubric = score.analyses.rubric {
            for step in StepID.allCases where score.analyses.stale.contains(step) || score.analyses.byStep[step] == nil {
                score.analyses.byStep[step] = rubric.analyse(model.text(of: step), step: step)
            }
            score.analyses.stale = []
            let report = rubric.score(score.analyses.byStep, canvas: model.canvasEditor.canvas)
            score.report = report
            var places: [StepID: [[EvidenceLocation?]]] = [:]
            for s in report.steps {
                places[s.step] = s.tradeoffs.map { t in
                    t.evidence.map { EvidenceLocation.find($0, in: model.documents, preferring: s.step) }
                }
            }
            score.places = places
        }
        score.due = false
        score.lastScoredAt = now
    }

    /// Where evidence sentence `j` of trade-off `k` of `step`'s score stands in the answer, as
    /// found when the score was made.
    func evidencePlace(step: StepID, tradeoff k: Int, sentence j: Int) -> EvidenceLocation? {
        if let byTradeoff = score.places[step], k < byTradeoff.count, j < byTradeoff[k].count { return byTradeoff[k][j] }
        guard let t = score.report?.step(step)?.tradeoffs, k < t.count, j < t[k].evidence.count else { return nil }
        return EvidenceLocation.find(t[k].evidence[j], in: model.documents, preferring: step)
    }
}
