import subprocess


def normalise_loudness(in_path, out_path, target_db=-16):
    return subprocess.call(["sox", str(in_path), str(out_path), "gain", "-n", str(int(target_db))])
