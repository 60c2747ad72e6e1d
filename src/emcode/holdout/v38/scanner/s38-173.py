import os


def spool_transcript(case_no, text):
    path = os.path.join("/tmp", f"transcript-{case_no}.txt")
    with open(path, "w") as fh:
        fh.write(text)
    return path
