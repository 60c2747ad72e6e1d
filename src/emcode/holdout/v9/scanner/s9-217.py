import subprocess


def archive(folder: str, out_name: str) -> int:
    cmd = " ".join(["tar", "czf", out_name, folder])
    proc = subprocess.Popen(cmd, shell=True)
    return proc.wait()
