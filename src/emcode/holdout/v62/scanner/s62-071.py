import re
from pathlib import Path

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.http import require_POST

NOTES = Path("/var/lib/lighthouse/notes")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@require_POST
def save_note(request):
    tower = request.POST.get("tower", "")
    if not SLUG.fullmatch(tower):
        return HttpResponseBadRequest("bad tower")
    (NOTES / f"{tower}.txt").write_text(request.POST.get("text", "")[:10_000])
    return HttpResponse(status=204)
