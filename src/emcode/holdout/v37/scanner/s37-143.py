from django.shortcuts import render
from django.utils.safestring import mark_safe


def guest_review(request):
    comment = request.POST.get("comment", "")
    return render(request, "reviews/thanks.html", {"comment": mark_safe(comment)})
