package io.infrasync.core.engine;

import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.model.ModelCrud;
import io.infrasync.core.domain.model.ModelObject;
import io.infrasync.core.domain.model.ModelType;
import io.infrasync.core.domain.model.ObjectNotCreatedException;
import io.infrasync.core.domain.model.ObjectNotDeletedException;
import io.infrasync.core.domain.model.ObjectNotUpdatedException;
import java.util.List;
import java.util.Map;

/**
 * The reference's canonical fixture pair (diffsync tests/unit/conftest.py), rebuilt as data: BackendA
 * (sites nyc, sfo, rdu; person Glenn Matthews) and BackendB (sites nyc, sfo, atl; place Statue of Liberty),
 * 23 objects each, plus the derived and failure-injecting variants.
 *
 * <p>Origin: the data (site, device and interface names, descriptions, roles) follows the test fixtures of
 * networktocode/diffsync ({@code tests/unit/conftest.py}, Apache License 2.0), as described in the
 * project's diffsync behaviour reference; it is re-expressed here as data, no code is copied.
 */
final class Fixtures {

    private Fixtures() {
    }

    static final ModelType INTERFACE = ModelType.builder("interface")
            .field("device_name").field("name").field("interface_type", "ethernet").field("description")
            .identifiers("device_name", "name").shortname("name").attributes("interface_type", "description")
            .build();
    static final ModelType UNUSED = ModelType.builder("unused").identifiers("name").build();
    static final ModelType SITE_A = ModelType.builder("site").identifiers("name")
            .child("device", "devices").child("person", "people").build();
    static final ModelType DEVICE_A = ModelType.builder("device")
            .field("name").field("site_name").field("role").field("tag", "")
            .identifiers("name").attributes("role", "tag").child("interface", "interfaces").build();
    static final ModelType PERSON_A = ModelType.builder("person").identifiers("name").build();
    static final ModelType SITE_B = ModelType.builder("site").identifiers("name")
            .child("device", "devices").child("place", "places").build();
    static final ModelType DEVICE_B = ModelType.builder("device")
            .field("name").field("site_name").field("role").field("vlans", List.of())
            .identifiers("name").attributes("role", "vlans").child("interface", "interfaces").build();
    static final ModelType PLACE_B = ModelType.builder("place").identifiers("name").build();

    /** site -> device -> (interface name, description); role per device. */
    record DeviceData(String name, String role, List<String[]> interfaces) {
    }

    record SiteData(String name, List<DeviceData> devices) {
    }

    private static List<String[]> standardInterfaces() {
        return List.of(new String[] {"eth0", "Interface 0"}, new String[] {"eth1", "Interface 1"});
    }

    static final List<SiteData> DATA_A = List.of(
            new SiteData("nyc", List.of(new DeviceData("nyc-spine1", "spine", standardInterfaces()),
                    new DeviceData("nyc-spine2", "spine", standardInterfaces()))),
            new SiteData("sfo", List.of(new DeviceData("sfo-spine1", "spine", standardInterfaces()),
                    new DeviceData("sfo-spine2", "spine", List.of(new String[] {"eth0", "TBD"},
                            new String[] {"eth1", "ddd"}, new String[] {"eth2", "Interface 2"})))),
            new SiteData("rdu", List.of(new DeviceData("rdu-spine1", "spine", standardInterfaces()),
                    new DeviceData("rdu-spine2", "spine", standardInterfaces()))));

    static final List<SiteData> DATA_B = List.of(
            new SiteData("nyc", List.of(new DeviceData("nyc-spine1", "spine", List.of(
                    new String[] {"eth0", "Interface 0/0"}, new String[] {"eth1", "Interface 1"})),
                    new DeviceData("nyc-spine2", "spine", standardInterfaces()))),
            new SiteData("sfo", List.of(new DeviceData("sfo-spine1", "leaf", standardInterfaces()),
                    new DeviceData("sfo-spine2", "spine", List.of(new String[] {"eth0", "TBD"},
                            new String[] {"eth1", "ddd"}, new String[] {"eth3", "Interface 3"})))),
            new SiteData("atl", List.of(new DeviceData("atl-spine1", "spine", standardInterfaces()),
                    new DeviceData("atl-spine2", "spine", standardInterfaces()))));

    static Dataset backendA() {
        return backendA(ModelCrud.DEFAULT, ModelCrud.DEFAULT, ModelCrud.DEFAULT);
    }

    static Dataset backendA(ModelCrud siteCrud, ModelCrud deviceCrud, ModelCrud interfaceCrud) {
        Dataset a = Dataset.builder("BackendA")
                .type(SITE_A, siteCrud).type(DEVICE_A, deviceCrud).type(INTERFACE, interfaceCrud)
                .type(UNUSED).type(PERSON_A).topLevel("site", "unused").build();
        load(a, DATA_A, SITE_A, DEVICE_A);
        ModelObject person = PERSON_A.newObject(Map.of("name", "Glenn Matthews"));
        a.add(person);
        a.get("site", Map.of("name", "rdu")).addChild(person);
        return a;
    }

    static Dataset backendB() {
        Dataset b = Dataset.builder("backend-b")
                .type(SITE_B).type(DEVICE_B).type(INTERFACE).type(UNUSED).type(PLACE_B)
                .topLevel("site", "unused").build();
        load(b, DATA_B, SITE_B, DEVICE_B);
        ModelObject place = PLACE_B.newObject(Map.of("name", "Statue of Liberty"));
        b.add(place);
        b.get("site", Map.of("name", "nyc")).addChild(place);
        return b;
    }

    static Dataset backendAWithExtraModels() {
        Dataset a = backendA();
        a.add(SITE_A.newObject(Map.of("name", "lax")));
        ModelObject device = DEVICE_A.newObject(Map.of("name", "nyc-spine3", "role", "spine", "site_name", "nyc"));
        a.add(device);
        a.get("site", Map.of("name", "nyc")).addChild(device);
        return a;
    }

    static Dataset backendAMinusSomeModels() {
        Dataset a = backendA();
        a.remove(a.get("site", Map.of("name", "rdu")), false);
        ModelObject sfo = a.get("site", Map.of("name", "sfo"));
        ModelObject sfoSpine2 = a.get("device", Map.of("name", "sfo-spine2"));
        sfo.removeChild(sfoSpine2);
        a.remove(sfoSpine2, false);
        return a;
    }

    static void load(Dataset dataset, List<SiteData> data, ModelType siteType, ModelType deviceType) {
        for (SiteData siteData : data) {
            ModelObject site = siteType.newObject(Map.of("name", siteData.name()));
            dataset.add(site);
            for (DeviceData deviceData : siteData.devices()) {
                ModelObject device = deviceType.newObject(Map.of("name", deviceData.name(), "role", deviceData.role(),
                        "site_name", siteData.name()));
                dataset.add(device);
                site.addChild(device);
                for (String[] iface : deviceData.interfaces()) {
                    ModelObject ifaceObject = INTERFACE.newObject(Map.of("device_name", deviceData.name(),
                            "name", iface[0], "description", iface[1]));
                    dataset.add(ifaceObject);
                    device.addChild(ifaceObject);
                }
            }
        }
    }

    /**
     * The reference's ErrorProne mixin: one counter per model type shared by create, update and delete;
     * every 5th call throws, every other 4th call returns null, the rest use the default behaviour.
     */
    static final class ErrorProne implements ModelCrud {
        private int counter;

        @Override
        public ModelObject create(Dataset dataset, ModelType type, Map<String, Object> ids, Map<String, Object> attrs) {
            counter++;
            if (counter % 5 == 0) {
                throw new ObjectNotCreatedException("Random creation error!");
            }
            return counter % 4 == 0 ? null : ModelCrud.super.create(dataset, type, ids, attrs);
        }

        @Override
        public ModelObject update(Dataset dataset, ModelObject object, Map<String, Object> attrs) {
            counter++;
            if (counter % 5 == 0) {
                throw new ObjectNotUpdatedException("Random update error!");
            }
            return counter % 4 == 0 ? null : ModelCrud.super.update(dataset, object, attrs);
        }

        @Override
        public ModelObject delete(Dataset dataset, ModelObject object) {
            counter++;
            if (counter % 5 == 0) {
                throw new ObjectNotDeletedException("Random deletion error!");
            }
            return counter % 4 == 0 ? null : ModelCrud.super.delete(dataset, object);
        }
    }

    static Dataset errorProneBackendA() {
        return backendA(new ErrorProne(), new ErrorProne(), new ErrorProne());
    }

    /** The reference's Exception mixin on devices: every hook throws a non-CRUD exception. */
    static Dataset exceptionDeviceBackendA() {
        ModelCrud throwing = new ModelCrud() {
            @Override
            public ModelObject create(Dataset d, ModelType t, Map<String, Object> ids, Map<String, Object> attrs) {
                throw new UnsupportedOperationException("create not implemented");
            }

            @Override
            public ModelObject update(Dataset d, ModelObject o, Map<String, Object> attrs) {
                throw new UnsupportedOperationException("update not implemented");
            }

            @Override
            public ModelObject delete(Dataset d, ModelObject o) {
                throw new UnsupportedOperationException("delete not implemented");
            }
        };
        return backendA(ModelCrud.DEFAULT, throwing, ModelCrud.DEFAULT);
    }
}
