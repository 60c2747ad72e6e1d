from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe


def review_preview(request):
    comment = request.POST.get("comment", "")
    rendered = mark_safe(escape(comment).replace("\n", "<br>"))
    return render(request, "reviews/preview.html", {"comment": rendered})
