from django.shortcuts import get_object_or_404, render

from .models import Issue


def issue_detail(request, slug):
    issue = get_object_or_404(Issue, slug=slug, published=True)
    highlight = request.GET.get("highlight", "")
    return render(request, "newsletter/issue_detail.html", {"issue": issue, "highlight": highlight})
