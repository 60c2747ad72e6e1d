import subprocess


def eject_audio_player(device):
    return subprocess.run("udisksctl power-off -b " + device, shell=True, capture_output=True).returncode
