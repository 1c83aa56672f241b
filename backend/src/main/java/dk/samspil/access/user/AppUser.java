package dk.samspil.access.user;

import dk.samspil.common.db.VersionedEntity;
import dk.samspil.common.security.Role;
import dk.samspil.directory.library.Library;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who signs in: library staff, coordinators, administrators. */
@Entity
@Table(name = "app_user")
public class AppUser extends VersionedEntity {

    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "roles", columnDefinition = "varchar(20)[]")
    public String[] roles;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "library_id")
    public Library library;

    public boolean active;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).map(Role::valueOf).forEach(set::add);
        return set;
    }

    public void roleSet(Set<Role> newRoles) {
        roles = newRoles.stream().sorted().map(Role::name).toArray(String[]::new);
    }
}
