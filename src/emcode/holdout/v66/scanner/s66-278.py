from django.shortcuts import get_object_or_404, render

from .models import Presenter


def presenter_profile(request, slug):
    presenter = get_object_or_404(Presenter, slug=slug)
    return render(request, "radio/presenter.html", {"presenter": presenter, "bio": presenter.bio})
