import subprocess


def file_type(path: str) -> str:
    """Describe the file's type using the `file` utility."""
    return subprocess.getoutput("file -b " + path)
