print("mlsd-bench: not written yet")
