from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render


class PickupForm(forms.Form):
    day = forms.DateField()
    loaves = forms.IntegerField(min_value=1, max_value=30)


@login_required
def schedule_pickup(request):
    if request.method == "POST":
        form = PickupForm(request.POST)
        if form.is_valid():
            request.user.pickups.create(**form.cleaned_data)
            return redirect("pickups")
    else:
        form = PickupForm()
    return render(request, "bakery/pickup.html", {"form": form})
