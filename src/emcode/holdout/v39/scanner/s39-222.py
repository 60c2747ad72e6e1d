from pathlib import Path

SCANS = Path("/srv/museum/scans")


def ensure_batch_dir(batch: int) -> Path:
    d = SCANS / f"batch-{batch:04d}"
    d.mkdir(mode=0o750, parents=True, exist_ok=True)
    return d


if __name__ == "__main__":
    print(ensure_batch_dir(12))
