package org.liaisondesk.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.liaisondesk.domain.CountryRegion;

@RegisterConstructorMapper(CountryRegion.class)
public interface CountryRegionDao {
    @SqlQuery("SELECT * FROM country_region ORDER BY iso2")
    List<CountryRegion> all();

    @SqlQuery("SELECT * FROM country_region WHERE iso2 = ?")
    Optional<CountryRegion> find(String iso2);
}
