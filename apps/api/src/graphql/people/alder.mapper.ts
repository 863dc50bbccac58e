import type { MembershipRow, PersonRecord } from '@app/legislation';
import { Alder, CommitteeMember, Contact, Membership } from './alder.model';

function line(...parts: (string | null)[]): string | null {
  const s = parts.filter((p) => p && p.trim()).join(', ');
  return s || null;
}

export function toAlderModel(p: PersonRecord): Alder {
  const ward: Contact = {
    email: p.email,
    phone: p.phone,
    fax: p.fax,
    website: p.site,
    address: line(p.address, p.city, [p.state, p.zip].filter(Boolean).join(' ') || null),
  };
  const cityHall: Contact = {
    email: p.officeEmail,
    phone: p.officePhone,
    fax: p.officeFax,
    website: p.officeSite,
    address: line(p.officeAddress, p.officeCity, [p.officeState, p.officeZip].filter(Boolean).join(' ') || null),
  };
  return {
    personId: p.personId,
    name: p.displayName,
    ward: Number(p.ward),
    isActive: p.isActive,
    photoUrl: p.photo,
    wardOffice: ward,
    cityHallOffice: cityHall,
  };
}

export function toMembershipModel(m: MembershipRow): Membership {
  return {
    bodyId: m.bodyId,
    bodyName: m.bodyName,
    bodyType: m.bodyType,
    memberType: m.memberType,
    startDate: m.startDate,
    endDate: m.endDate,
    isActive: m.isActive,
  };
}

export function toCommitteeMemberModel(m: MembershipRow): CommitteeMember {
  return {
    personId: m.personId,
    name: m.displayName,
    ward: m.ward,
    memberType: m.memberType,
    startDate: m.startDate,
    endDate: m.endDate,
    isActive: m.isActive,
  };
}
