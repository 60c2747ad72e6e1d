import subprocess
from django.http import JsonResponse


def resize(request):
    src = request.GET["src"]
    size = request.GET.get("size", "256x256")
    parts = ["convert", src, "-resize", size, "/tmp/out.png"]
    command = " ".join(parts)
    rc = subprocess.call(command, shell=True)
    return JsonResponse({"rc": rc})
