import subprocess


def disk_free_mb(mount="/srv/glacier"):
    out = subprocess.run(["df", "-Pm", mount], capture_output=True, text=True, check=True).stdout
    return int(out.splitlines()[1].split()[3])
