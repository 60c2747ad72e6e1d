from django.conf import settings
from django.http import HttpResponse


def snippet(request):
    name = request.GET.get("name", "intro.txt")
    with open(f"{settings.BASE_DIR}/snippets/{name}", encoding="utf-8") as fh:
        return HttpResponse(fh.read(), content_type="text/plain")
