import tempfile


def spool_transcript(case_no, text):
    with tempfile.NamedTemporaryFile("w", prefix="transcript-", suffix=".txt", delete=False) as fh:
        fh.write(text)
        return fh.name
