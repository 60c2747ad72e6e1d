from django.shortcuts import render
from django.utils.safestring import mark_safe


def review_preview(request):
    comment = request.POST.get("comment", "")
    return render(request, "reviews/preview.html", {"comment": mark_safe(comment.replace("\n", "<br>"))})
