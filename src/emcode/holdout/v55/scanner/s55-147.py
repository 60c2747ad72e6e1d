import re
import unicodedata

from django.http import HttpResponse
from django.views.decorators.http import require_GET

_slug = re.compile(r"[^a-z0-9]+")


def slugify(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _slug.sub("-", text.lower()).strip("-")[:50] or "export"


@require_GET
def export_tasting_notes(request):
    wine = request.GET.get("wine", "cellar")
    body = "wine,note\n"
    resp = HttpResponse(body, content_type="text/csv")
    resp["Content-Disposition"] = f'attachment; filename="{slugify(wine)}.csv"'
    return resp
