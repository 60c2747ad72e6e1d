from django.shortcuts import get_object_or_404, render
from django.utils.html import linebreaks
from django.utils.safestring import mark_safe

from .models import Newsletter


def preview_issue(request, slug):
    issue = get_object_or_404(Newsletter, slug=slug)
    intro = request.POST.get("intro", "")
    rendered = mark_safe(linebreaks(intro, autoescape=True))
    return render(request, "newsletter/preview.html", {"issue": issue, "intro": rendered})
