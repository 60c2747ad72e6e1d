import subprocess


def normalise_loudness(in_path, out_path, target_db=-16):
    cmd = "sox %s %s gain -n %d" % (in_path, out_path, target_db)
    return subprocess.call(cmd, shell=True)
