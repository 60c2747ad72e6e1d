import shlex
import subprocess


def eject_audio_player(device):
    cmd = "udisksctl power-off -b " + shlex.quote(device)
    return subprocess.run(cmd, shell=True, capture_output=True).returncode
