import subprocess


def compress_logs(station, day):
    cmd = f"tar czf /archive/{station}-{day}.tgz /var/log/stations/{station}/{day}"
    return subprocess.call(cmd, shell=True)
