"""Drives the real infrahub-sdk (pip install infrahub-sdk) against the emulator; exit code 0 = all checks passed.

Usage: python sdk_drive.py <base url> <token>
"""
import sys

from infrahub_sdk import Config, InfrahubClientSync

address, token = sys.argv[1], sys.argv[2]
client = InfrahubClientSync(config=Config(address=address, api_token=token))

schema = client.schema.all()
assert "InfraDevice" in schema and "BuiltinTag" in schema, sorted(schema)
assert client.get_version() == "1.10.6"

tag = client.create(kind="BuiltinTag", name="red", description="hot")
tag.save()
tags = client.all(kind="BuiltinTag")
assert [(t.name.value, t.hfid) for t in tags] == [("red", ["red"])], tags

found = client.get(kind="BuiltinTag", name__value="red")
found.description.value = "cold"
found.save()
assert client.get(kind="BuiltinTag", id=found.id).description.value == "cold"

site = client.create(kind="LocationGeneric", name="atl1", type="Site", tags=[found])
site.save()
maker = client.create(kind="OrganizationGeneric", name="Juniper")
maker.save()
model = client.create(kind="ChoiceDeviceType", name="MX204", manufacturer=maker)
model.save()
device = client.create(kind="InfraDevice", name="atl1-edge1", location=site, model=model, tags=[found])
device.save()
devices = client.all(kind="InfraDevice", prefetch_relationships=True)
assert [(d.name.value, d.location.peer.name.value, [p.peer.display_label for p in d.tags.peers]) for d in devices] == [
    ("atl1-edge1", "atl1", ["red"])
], devices

again = client.create(kind="BuiltinTag", name="red", description="upserted")
again.save(allow_upsert=True)
assert again.id == found.id

for i in range(120):  # more than two SDK pages of 50
    client.create(kind="BuiltinTag", name=f"bulk-{i:03d}").save()
assert len(client.all(kind="BuiltinTag")) == 121

branch = client.branch.create(branch_name="feature", sync_with_git=False, wait_until_completion=True)
assert branch.name == "feature"
assert sorted(client.branch.all()) == ["feature", "main"]
assert len(client.all(kind="BuiltinTag", branch="feature")) == 121

again.delete()
assert len(client.all(kind="BuiltinTag")) == 120
print("infrahub-sdk checks passed")
