from django.shortcuts import render
from django.utils.safestring import mark_safe

from .models import Presenter


def presenter_profile(request, slug):
    presenter = Presenter.objects.get(slug=slug)
    if request.method == "POST":
        presenter.bio = request.POST.get("bio", "")
        presenter.save()
    return render(request, "radio/presenter.html", {
        "presenter": presenter,
        "bio_html": mark_safe(presenter.bio),
    })
