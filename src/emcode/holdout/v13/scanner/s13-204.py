from subprocess import call as run_cmd

def archive(src_dir, name):
    cmd = "tar czf /backups/" + name + ".tgz " + src_dir
    return run_cmd(cmd, shell=True)
