package org.liaisondesk.persistence;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericType;
import org.liaisondesk.domain.PartialDate;
import org.liaisondesk.domain.Tags;

/**
 * How domain value types cross into SQL: partial dates as ISO text, tags as ';'-joined text, and
 * link lists (partners, countries) as the comma text that the DAOs' LISTAGG sub-selects produce.
 */
final class Mappers {
    private Mappers() {}

    static void register(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<PartialDate>(Types.VARCHAR) {
            @Override
            protected Argument build(PartialDate value, ConfigRegistry config) {
                return (pos, stmt, ctx) -> stmt.setString(pos, value.iso());
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<Tags>(Types.VARCHAR) {
            @Override
            protected Argument build(Tags value, ConfigRegistry config) {
                return (pos, stmt, ctx) -> {
                    if (value.values().isEmpty()) stmt.setNull(pos, Types.VARCHAR);
                    else stmt.setString(pos, value.joined());
                };
            }
        });
        jdbi.registerColumnMapper(PartialDate.class, (rs, col, ctx) -> PartialDate.parse(rs.getString(col)));
        jdbi.registerColumnMapper(Tags.class, (rs, col, ctx) -> Tags.parse(rs.getString(col)));
        jdbi.registerColumnMapper(new GenericType<List<Long>>() {}, (rs, col, ctx) -> {
            String s = rs.getString(col);
            return s == null || s.isEmpty() ? List.of() : Arrays.stream(s.split(",")).map(Long::valueOf).toList();
        });
        jdbi.registerColumnMapper(new GenericType<List<String>>() {}, (rs, col, ctx) -> {
            String s = rs.getString(col);
            return s == null || s.isEmpty() ? List.of() : List.of(s.split(","));
        });
    }
}
