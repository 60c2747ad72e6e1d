from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpResponse

SNIPPETS = Path(settings.BASE_DIR) / "snippets"
AVAILABLE = {p.name for p in SNIPPETS.glob("*.txt")}


def snippet(request):
    name = request.GET.get("name", "intro.txt")
    if name not in AVAILABLE:
        raise Http404("no such snippet")
    return HttpResponse((SNIPPETS / name).read_text(encoding="utf-8"), content_type="text/plain")
