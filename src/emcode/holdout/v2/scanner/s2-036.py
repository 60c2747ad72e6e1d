def acquire_lock(job: str) -> None:
    """Mark job as running."""
    with open("/tmp/" + job + ".lock", "w") as fh:
        fh.write("running")
