import subprocess

def compress(directory, archive_name):
    subprocess.run(f"tar czf {archive_name}.tar.gz {directory}", shell=True, check=True)
