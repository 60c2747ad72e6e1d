import subprocess

from django.http import HttpResponse


def thumbnail(request):
    size = request.GET.get("size", "200x200")
    src = "/srv/tutors/avatars/%d.png" % int(request.GET["tutor"])
    png = subprocess.check_output(f"convert {src} -resize {size} png:-", shell=True)
    return HttpResponse(png, content_type="image/png")
