from django.shortcuts import render
from django.utils.safestring import mark_safe

from .models import Newsletter


def preview_issue(request, slug):
    issue = Newsletter.objects.get(slug=slug)
    intro = request.POST.get("intro", "")
    rendered = mark_safe("<div class='intro'>" + intro.replace("\n", "<br>") + "</div>")
    return render(request, "newsletter/preview.html", {"issue": issue, "intro": rendered})
