from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render

from .forms import PledgeForm
from .models import Campaign


@login_required
def pledge(request, slug):
    campaign = get_object_or_404(Campaign, slug=slug, is_live=True)
    form = PledgeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        p = form.save(commit=False)
        p.campaign = campaign
        p.backer = request.user
        p.save()
        return redirect("campaign-detail", slug=slug)
    return render(request, "campaigns/pledge.html", {"campaign": campaign, "form": form})
