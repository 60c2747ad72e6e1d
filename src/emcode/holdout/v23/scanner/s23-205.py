from os import system as sh


def compress_logs(log_dir, archive_name):
    return sh("tar czf /var/archives/%s.tgz -C %s ." % (archive_name, log_dir))
