from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .models import Donation


class DonationForm(forms.ModelForm):
    class Meta:
        model = Donation
        fields = ["fridge", "item", "qty", "best_before"]


@login_required
def donate(request):
    form = DonationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.save(commit=False)
        d.donor = request.user
        d.save()
        return redirect("donation-thanks")
    return render(request, "fridges/donate.html", {"form": form})
