import subprocess


def count_lines(pattern: str, logfile: str) -> int:
    """How many lines of logfile match pattern."""
    out = subprocess.run(["bash", "-c", f"grep -c '{pattern}' {logfile}"], capture_output=True, text=True)
    return int(out.stdout.strip() or 0)
