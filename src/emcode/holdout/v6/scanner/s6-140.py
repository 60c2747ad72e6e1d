import subprocess

def compress(directory: str, archive_name: str) -> None:
    subprocess.run(["tar", "czf", f"{archive_name}.tar.gz", "--", directory], check=True)
