import subprocess


def compress_stems(folder, archive_name):
    subprocess.run(f"cd {folder} && tar czf {archive_name}.tar.gz *.wav", shell=True, check=True)
    return f"{folder}/{archive_name}.tar.gz"
