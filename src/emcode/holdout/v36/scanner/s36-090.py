import subprocess


def compress_build(build_dir, archive_name):
    cmd = " ".join(["zip", "-r", archive_name, build_dir])
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
    out, _ = proc.communicate()
    return proc.returncode, out
