import tarfile


def import_replays(tar_path, replay_dir):
    with tarfile.open(tar_path, "r:*") as tf:
        tf.extractall(replay_dir, filter="data")
    return replay_dir
