from pathlib import Path


def spool_dir(root, printer_name, mode=0o777):
    d = Path(root) / "spool" / printer_name
    d.mkdir(mode=mode, parents=True, exist_ok=True)
    d.chmod(mode)
    return d
