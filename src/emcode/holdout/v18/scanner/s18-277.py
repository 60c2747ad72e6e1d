import subprocess


def file_mime(path: str) -> str:
    out = subprocess.run(["file", "--brief", "--mime-type", "--", path],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()
