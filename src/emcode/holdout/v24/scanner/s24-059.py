import subprocess

def list_archive(archive: str) -> list[str]:
    return subprocess.getoutput(f"tar -tzf {archive}").splitlines()
