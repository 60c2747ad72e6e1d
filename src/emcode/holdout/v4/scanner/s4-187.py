import tarfile
import urllib.request


def install_plugin(url, plugins_dir="/opt/app/plugins"):
    path, _ = urllib.request.urlretrieve(url)
    with tarfile.open(path) as tar:
        tar.extractall(plugins_dir)
