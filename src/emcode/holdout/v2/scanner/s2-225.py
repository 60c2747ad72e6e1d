import tarfile


def install_theme(bundle: str, themes_dir: str) -> None:
    """Unpack a theme bundle into the themes directory."""
    with tarfile.open(bundle, "r:gz") as tf:
        tf.extractall(path=themes_dir)
