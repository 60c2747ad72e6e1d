from pathlib import Path

from django.http import HttpResponse
from django.views.decorators.http import require_POST

NOTES = Path("/var/lib/lighthouse/notes")


@require_POST
def save_note(request):
    tower = request.POST["tower"]
    (NOTES / f"{tower}.txt").write_text(request.POST.get("text", ""))
    return HttpResponse(status=204)
