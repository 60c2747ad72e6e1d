import os


def make_plot_folder(base, plot_no, mode=0o777):
    path = os.path.join(base, "plot-%s" % int(plot_no))
    os.makedirs(path, mode=mode, exist_ok=True)
    return path
